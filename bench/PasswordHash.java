import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Milliseconds per password hash and per check, with the encoders Shinchoku uses (see bench/password-hash.sh). */
public class PasswordHash {
    public static void main(String[] args) {
        time("argon2 (Spring Security 5.8 defaults)", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        time("bcrypt (strength 10)", new BCryptPasswordEncoder());
    }

    static void time(String name, PasswordEncoder encoder) {
        String hash = encoder.encode("warm up the JIT first");
        for (int i = 0; i < 5; i++) {
            encoder.matches("warm up the JIT first", hash);
        }
        int n = 20;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            hash = encoder.encode("correct horse battery " + i);
        }
        long encoded = System.nanoTime();
        for (int i = 0; i < n; i++) {
            encoder.matches("correct horse battery " + i, hash);
        }
        long matched = System.nanoTime();
        System.out.printf("%-40s encode %6.1f ms   check %6.1f ms%n", name, (encoded - start) / 1e6 / n, (matched - encoded) / 1e6 / n);
    }
}

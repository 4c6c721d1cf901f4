package jp.shinchoku.account.internal;

import java.util.List;
import jp.shinchoku.account.StaffUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns the login form's username and password into a {@link StaffUser} principal, or a refusal. */
final class StaffAuthenticationProvider implements AuthenticationProvider {

    private final LoginAttempts attempts;

    StaffAuthenticationProvider(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        LoginAttempts.Outcome outcome = attempts.attempt(username, password);
        if (outcome instanceof LoginAttempts.Outcome.Refused refused) {
            throw new LoginRefusedException(refused.reason(), refused.waitSeconds());
        }
        StaffUser user = ((LoginAttempts.Outcome.Success) outcome).user();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        token.setDetails(authentication.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

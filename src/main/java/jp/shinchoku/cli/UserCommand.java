package jp.shinchoku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import jp.shinchoku.account.AccountException;
import jp.shinchoku.account.AccountService;
import jp.shinchoku.account.AccountSummary;
import jp.shinchoku.account.Actor;
import jp.shinchoku.account.NewAccount;
import jp.shinchoku.account.Role;
import jp.shinchoku.account.StaffUser;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manages staff accounts from the server's console, with the same rules as the accounts screen.",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Disable.class,
                UserCommand.Enable.class, UserCommand.Unlock.class, UserCommand.Email.class})
class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Runs one account action in a batch context; a refused request is one line on stderr. */
    static int run(DatabaseOptions database, CommandSpec spec, int refusedExit, Action action) {
        return run(database, spec, refusedExit, AccountService.class, action::run);
    }

    /** The same for any service of the account module (API tokens). */
    static <S> int run(DatabaseOptions database, CommandSpec spec, int refusedExit, Class<S> service,
            BiConsumer<S, PrintWriter> action) {
        try (ConfigurableApplicationContext context = Application.batch(database)) {
            try {
                action.accept(context.getBean(service), spec.commandLine().getOut());
            } catch (AccountException e) {
                spec.commandLine().getErr().println("shinchoku: "
                        + context.getMessage(e.code(), e.arguments(), Locale.ENGLISH));
                return e.code().equals("account.error.noSuchAccount") ? 1 : refusedExit;
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    interface Action {
        void run(AccountService accounts, PrintWriter out);
    }

    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Role.of(value);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Creates an account. The password is read from stdin (one line), never from the command line.",
                    "The organization and departments must already be registered (importing a plan registers them);",
                    "an unknown name is refused with the closest registered names."})
    static class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "3 to 64 of letters, digits and . _ @ -")
        String username;

        @Option(names = "--role", required = true, converter = RoleConverter.class,
                description = "system-admin, org-admin, reviewer, department-editor or viewer")
        Role role;

        @Option(names = "--org", paramLabel = "ORG", description = "the organization (e.g. 木更津市); not for a system-admin")
        String organization;

        @Option(names = "--department", paramLabel = "DEPT",
                description = "a department the department-editor serves; repeat for several")
        List<String> departments = new ArrayList<>();

        @Option(names = "--password-stdin", required = true, description = "read the password from stdin")
        boolean passwordStdin;

        @Option(names = "--temporary", description = "the password is a one-time one: its owner must change it at the first login")
        boolean temporary;

        @Option(names = "--email", paramLabel = "ADDRESS", description = "where the account's notices are mailed (optional)")
        String email;

        @Override
        public Integer call() throws IOException {
            String password = readPassword();
            return run(database, spec, ShinchokuCommand.BAD_INPUT, (accounts, out) -> {
                AccountSummary a = accounts.create(new NewAccount(username, role, organization, departments, password,
                        temporary, email), Actor.console());
                out.println("Created " + describe(a));
            });
        }

        /** The first line of stdin, without its line break: what {@code echo pw |} and a file both give. */
        private static String readPassword() throws IOException {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every account.")
    static class ListAccounts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            return run(database, spec, 1, (accounts, out) -> {
                out.println("USERNAME\tROLE\tORGANIZATION\tDEPARTMENTS\tENABLED\tLOCKED\tEMAIL");
                for (AccountSummary a : accounts.list(Actor.console())) {
                    out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", a.username(), a.role().code(),
                            a.organizationName() == null ? "-" : a.organizationName(), departments(a),
                            a.enabled() ? "yes" : "no", a.locked() ? "yes" : "no", a.email() == null ? "-" : a.email());
                }
            });
        }
    }

    /** The one-username commands: disable, enable, unlock. */
    abstract static class OnAccount implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        int apply(BiConsumer<AccountService, String> action, String done) {
            return run(database, spec, ShinchokuCommand.BAD_INPUT, (accounts, out) -> {
                action.accept(accounts, username);
                out.println(done + " " + username);
            });
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Refuses further logins to the account and ends its sessions.")
    static class Disable extends OnAccount {
        @Override
        public Integer call() {
            return apply((accounts, name) -> accounts.disable(name, Actor.console()), "Disabled");
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Lets a disabled account log in again.")
    static class Enable extends OnAccount {
        @Override
        public Integer call() {
            return apply((accounts, name) -> accounts.enable(name, Actor.console()), "Enabled");
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Forgets the failed logins that locked or slowed down the account.")
    static class Unlock extends OnAccount {
        @Override
        public Integer call() {
            return apply((accounts, name) -> accounts.unlock(name, Actor.console()), "Unlocked");
        }
    }

    @Command(name = "email", mixinStandardHelpOptions = true,
            description = "Sets the address the account's notices are mailed to; without ADDRESS, removes it.")
    static class Email extends OnAccount {

        @Parameters(index = "1", paramLabel = "ADDRESS", arity = "0..1", description = "e.g. tanaka@city.example.lg.jp")
        String address;

        @Override
        public Integer call() {
            return apply((accounts, name) -> accounts.setEmail(name, address, Actor.console()),
                    address == null ? "Removed the e-mail address of" : "Set the e-mail address of");
        }
    }

    static String describe(AccountSummary a) {
        return a.username() + " (" + a.role().code() + (a.organizationName() == null ? "" : ", " + a.organizationName())
                + (a.departments().isEmpty() ? "" : ", " + departments(a)) + ")";
    }

    private static String departments(AccountSummary a) {
        return a.departments().isEmpty() ? "-"
                : a.departments().stream().map(StaffUser.Department::name).collect(Collectors.joining(","));
    }
}

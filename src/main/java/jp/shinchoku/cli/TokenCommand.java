package jp.shinchoku.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import jp.shinchoku.account.Actor;
import jp.shinchoku.account.ApiToken;
import jp.shinchoku.account.ApiTokens;
import jp.shinchoku.account.IssuedApiToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manages API tokens: programs send one as 'Authorization: Bearer TOKEN' to /api/v1 and act as its account.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** What every token command has: the database, and a refusal printed as one line. */
    abstract static class OnTokens implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        int apply(int refusedExit, BiConsumer<ApiTokens, PrintWriter> action) {
            return UserCommand.run(database, spec, refusedExit, ApiTokens.class, action);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Makes a token for the account and prints it once on stdout: it is stored only hashed,",
                    "so keep it now. Its id and expiry go to stderr."})
    static class Create extends OnTokens {

        @Parameters(index = "0", paramLabel = "USERNAME", description = "the account the token acts as")
        String username;

        @Option(names = "--name", paramLabel = "NAME", description = "what the token is for (e.g. 庁内集計システム); default api")
        String name;

        @Option(names = "--expires-days", paramLabel = "D", description = "days until it expires (1 to 3650; default 90)")
        Integer days;

        @Override
        public Integer call() {
            return apply(ShinchokuCommand.BAD_INPUT, (tokens, out) -> {
                IssuedApiToken issued = tokens.create(username, name, days, Actor.console());
                out.println(issued.secret());
                spec.commandLine().getErr().println("Created token " + issued.token().id() + " (" + issued.token().name()
                        + ") for " + issued.token().username() + ", expires " + issued.token().expiresAt()
                        + ". It is shown only this once.");
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tokens (of one account when USERNAME is given).")
    static class ListTokens extends OnTokens {

        @Parameters(index = "0", paramLabel = "USERNAME", arity = "0..1")
        String username;

        @Override
        public Integer call() {
            return apply(1, (tokens, out) -> {
                out.println("ID\tUSERNAME\tNAME\tPREFIX\tCREATED\tEXPIRES\tLAST USED\tSTATE");
                Instant now = Instant.now();
                for (ApiToken t : tokens.list(username, Actor.console())) {
                    out.printf("%d\t%s\t%s\t%s…\t%s\t%s\t%s\t%s%n", t.id(), t.username(), t.name(), t.prefix(),
                            t.createdAt(), orDash(t.expiresAt()), orDash(t.lastUsedAt()), state(t, now));
                }
            });
        }

        private static String state(ApiToken t, Instant now) {
            if (t.revokedAt() != null) {
                return "revoked";
            }
            return t.isActive(now) ? "active" : "expired";
        }

        private static String orDash(Instant instant) {
            return instant == null ? "-" : instant.toString();
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token: requests bearing it get 401 from now on.")
    static class Revoke extends OnTokens {

        @Parameters(index = "0", paramLabel = "ID", description = "the token's id, as token list shows it")
        long id;

        @Override
        public Integer call() {
            return apply(ShinchokuCommand.BAD_INPUT, (tokens, out) -> {
                ApiToken t = tokens.revoke(id, Actor.console());
                out.println("Revoked token " + t.id() + " (" + t.name() + ") of " + t.username());
            });
        }
    }
}

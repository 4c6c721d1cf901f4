package jp.shinchoku.api;

/** The API has nothing at this address: no such plan, snapshot, organisation, initiative or task. 404. */
class ApiNotFound extends RuntimeException {

    private final transient Object[] arguments;

    /** {@code what} says in English what was asked for ("plan 7"); the problem's detail names it. */
    ApiNotFound(String what) {
        super(what);
        this.arguments = new Object[] {what};
    }

    Object[] arguments() {
        return arguments.clone();
    }
}

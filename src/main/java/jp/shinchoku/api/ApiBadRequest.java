package jp.shinchoku.api;

/** A request the API cannot read as asked (a page number below 1, a page size above the maximum). 400. */
class ApiBadRequest extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    ApiBadRequest(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}

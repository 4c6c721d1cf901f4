package jp.shinchoku.editing;

/** The actor may not do this; the web answers 403 and nothing changes. */
public class Forbidden extends RuntimeException {

    public Forbidden(Actor actor, String what) {
        super(actor.name() + " は " + what + " の権限がありません (" + actor.name() + " may not " + what + ")");
    }
}

package jp.shinchoku.round;

/**
 * There is no task of this id: a 404 on the screens and the API, not a broken rule of what was
 * asked (the id is not the user's input to correct, it names nothing).
 */
public class NoSuchTask extends RuntimeException {

    private final long taskId;

    public NoSuchTask(long taskId) {
        super("照会の課題 " + taskId + " はありません / there is no task " + taskId);
        this.taskId = taskId;
    }

    public long taskId() {
        return taskId;
    }
}

package jp.shinchoku.importer;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/** A message said by its code in messages*.properties and its arguments, in whichever language it is rendered. */
public interface MessageCode extends MessageSourceResolvable {

    /** The key in messages*.properties. */
    String code();

    List<Object> arguments();

    @Override
    default String[] getCodes() {
        return new String[] {code()};
    }

    @Override
    default Object[] getArguments() {
        return arguments().toArray();
    }
}

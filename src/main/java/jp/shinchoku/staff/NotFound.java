package jp.shinchoku.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A plan, round or task that does not exist, or that the account may not know of. */
final class NotFound {

    private NotFound() {
    }

    static ResponseStatusException of(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what);
    }
}

package jp.shinchoku;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a feature module; modules may not form cycles. */
class ModuleStructureTest {

    @Test
    void featureModulesDependOnEachOtherWithoutCycles() {
        ApplicationModules.of(ShinchokuApplication.class).verify();
    }
}

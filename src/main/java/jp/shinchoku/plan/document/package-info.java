/**
 * The plan document: the model every importer produces and every output reads. The plan module's
 * public vocabulary, shared by the other modules.
 */
@NamedInterface("document")
package jp.shinchoku.plan.document;

import org.springframework.modulith.NamedInterface;

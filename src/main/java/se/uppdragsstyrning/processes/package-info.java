/**
 * Process owners: the catalogue of deployed models, decision tables and forms ({@code /processer},
 * {@code /api/processes}), uploading a new version (validated before it reaches the engine), rolling back to an
 * earlier one, and retrying incidents. Pages and API only: the engine-facing work is workflow's
 * {@code ModelCatalogue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processägare")
package se.uppdragsstyrning.processes;

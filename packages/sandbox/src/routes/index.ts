import type { SandboxApp, SandboxContext } from '../http/operation.js';
import { registerAttachmentRoutes } from './attachments.js';
import { registerCatalogueRoutes } from './catalogue.js';
import { registerDossierLookupRoutes } from './dossier-lookups.js';
import { registerDossierRoutes } from './dossiers.js';
import { registerEmbedSessionRoutes } from './embed-sessions.js';
import { registerHealthRoutes } from './health.js';
import { registerPlaceRoutes } from './places.js';
import { registerRatingRoutes } from './ratings.js';
import { registerSimulatorRoutes } from './simulator.js';

/** Registers every operation of the contract. */
export function registerRoutes(app: SandboxApp, context: SandboxContext): void {
  registerHealthRoutes(app, context);
  registerCatalogueRoutes(app, context);
  registerPlaceRoutes(app, context);
  registerEmbedSessionRoutes(app, context);
  registerAttachmentRoutes(app, context);
  registerDossierRoutes(app, context);
  registerDossierLookupRoutes(app, context);
  registerRatingRoutes(app, context);
  registerSimulatorRoutes(app, context);
}

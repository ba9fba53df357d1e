import { APPLICATION_REGISTER_VERSION, ApplicationRegisterV1 } from '@valiza/domain';
import { registerApplication } from '../../applications/application-register.service.js';
import { defineHandler } from '../command-handler.js';

/**
 * `application.register`: an application registered on the device under a number of its block. The
 * application owns the files the command declares (document PDFs, signature, signed form); it counts
 * as received only when all of them have arrived.
 */
export const applicationRegister = defineHandler<ApplicationRegisterV1>({
  type: 'application.register',
  versions: { [APPLICATION_REGISTER_VERSION]: ApplicationRegisterV1 },
  upgrade: {},
  attachmentOwner: (command) => ({ type: 'application', id: command.payload.applicationId }),
  handle: (tx, actor, command) => registerApplication(tx, actor, command),
});

import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app.component';

bootstrapApplication(App).catch((error: unknown) => console.error(error));

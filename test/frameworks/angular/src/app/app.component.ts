// docs/usage.md's <my-town> (copied from it at test time) and what the checks need
// around it: a toggle that unmounts and remounts it, and a badge whose `date` (a Date,
// a property with no attribute) comes from state.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'vae-widgets/city-badge';
import { MyTown } from './my-town.component';

@Component({
  selector: 'app-root',
  imports: [MyTown],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <button id="toggle" (click)="shown.set(!shown())">toggle</button>
    <button id="in-mandate" (click)="now.set(inMandate)">2024</button>
    @if (shown()) {
      <my-town />
    }
    <vae-city-badge id="dated" city="69123" [date]="now()"></vae-city-badge>
  `,
})
export class App {
  readonly inMandate = new Date('2024-06-01');
  shown = signal(true);
  now = signal(new Date('2027-01-01'));
}

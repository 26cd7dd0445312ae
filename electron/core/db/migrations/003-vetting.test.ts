// The frozen seed of migration 3 must stay what the default template resource says.
// When this fails because the resource changed on purpose, do not edit the frozen file:
// add a migration that saves the new content as the next version of the default template.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../vetting/defaultTemplate';
import VETTING_TEMPLATE_V1 from './003-vetting-template-v1.json';

describe('frozen migration seeds', () => {
  it('the default checklist resource still equals what migration 3 seeds as version 1', () => {
    expect(DEFAULT_TEMPLATE).toEqual(VETTING_TEMPLATE_V1);
  });
});

import { describe, expect, it } from 'vitest';
import { buildGuideScript } from '../../../src/procedure/script';

describe('buildGuideScript', () => {
  it('makes a .ps1 with a comment before each step, leaving text blocks out, and hands cmd lines to cmd.exe untouched by PowerShell', () => {
    const script = buildGuideScript('group-writeback', 'Prepare for group writeback', [
      { language: 'powershell', code: "$accountName = 'CONTOSO\\AAD_1'", section: 'Steps', label: 'Set the account' },
      { language: 'text', code: 'HKLM\\SOFTWARE', section: 'Steps', label: '' },
      { language: 'cmd', code: 'adprep /forestprep\nnetsh interface set interface "$(calc)"', section: 'Before you begin', label: '' },
    ]);
    expect(script?.filename).toBe('group-writeback.ps1');
    expect(script?.text.split('\r\n')).toEqual([
      '# Prepare for group writeback',
      '# Generated from the guide with your values. Read each step before you run it.',
      '# Run in an elevated PowerShell session.',
      '',
      '# Step 1: Steps - Set the account',
      "$accountName = 'CONTOSO\\AAD_1'",
      '',
      '# Step 2: Before you begin',
      '# (Command Prompt commands: cmd.exe runs each line, so PowerShell never reads their quotes or values)',
      'cmd.exe /d /c --% adprep /forestprep',
      'cmd.exe /d /c --% netsh interface set interface "$(calc)"',
      '',
    ]);
  });

  it('makes a .cmd when every block is cmd.exe', () => {
    const script = buildGuideScript('tunnel', 'Bring up the tunnel', [
      { language: 'cmd', code: 'netsh interface teredo set state disabled', section: 'Steps', label: '' },
    ]);
    expect(script?.filename).toBe('tunnel.cmd');
    expect(script?.text.startsWith('@echo off\r\nREM Bring up the tunnel\r\n')).toBe(true);
    expect(script?.text).toContain('REM Step 1: Steps\r\nnetsh interface teredo set state disabled\r\n');
  });

  it('keeps a multi-line heading from escaping its comment', () => {
    const script = buildGuideScript('x', 'X', [{ language: 'powershell', code: 'Get-Date', section: 'One\nRemove-Item C:\\', label: '' }]);
    expect(script?.text).toContain('# Step 1: One Remove-Item C:\\\r\n');
    expect(script?.text).not.toMatch(/\r\nRemove-Item/);
  });

  it('gives nothing for a guide without commands', () => {
    expect(buildGuideScript('x', 'X', [{ language: 'text', code: 'a', section: 's', label: '' }])).toBeUndefined();
  });
});

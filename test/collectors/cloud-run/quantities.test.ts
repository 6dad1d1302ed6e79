import { describe, expect, it } from 'vitest';
import { Findings } from '../../../collectors/cloud-run/findings.js';
import { parseCpu, parseMemory, parseQuantity } from '../../../collectors/cloud-run/quantities.js';

describe('parseCpu', () => {
  it.each([
    ['1000m', 1], ['1', 1], ['.08', 0.08], ['0.25', 0.25], ['80m', 0.08], ['500m', 0.5], ['2', 2], ['4', 4], ['8', 8],
    ['1.5', 1.5], [1, 1], [0.5, 0.5], ['1e0', 1], [' 2 ', 2],
  ] as const)('given cpu %j, should read %d vCPU', (input, expected) => {
    const findings = new Findings();
    expect(parseCpu(input, 'cpu', findings)).toBe(expected);
    expect(findings.problems).toEqual([]);
  });

  it('given no cpu limit, should read null without a finding', () => {
    const findings = new Findings();
    expect([parseCpu(undefined, 'cpu', findings), parseCpu(null, 'cpu', findings), parseCpu('', 'cpu', findings)]).toEqual([null, null, null]);
    expect(findings).toEqual({ notes: [], problems: [] });
  });

  it('given a cpu that is not a quantity, should record a problem naming the field and read null', () => {
    const findings = new Findings();
    expect(parseCpu('one', 'template.containers[0].resources.limits.cpu', findings)).toBeNull();
    expect(findings.problems).toEqual(['template.containers[0].resources.limits.cpu is "one", expected a CPU quantity such as 1, 1000m or 0.5']);
  });
});

describe('parseMemory', () => {
  it.each([
    ['512Mi', 536870912], ['1.5Gi', 1610612736], ['512M', 512000000], ['32Gi', 34359738368], ['1Gi', 1073741824],
    ['256Mi', 268435456], ['128974848', 128974848], ['129e6', 129000000], ['1G', 1000000000], ['0.5Gi', 536870912],
    ['128k', 128000], ['64Ki', 65536], ['0.1G', 100000000], ['1500m', 2], [536870912, 536870912],
  ] as const)('given memory %j, should read %d bytes', (input, expected) => {
    const findings = new Findings();
    expect(parseMemory(input, 'memory', findings)).toBe(expected);
    expect(findings.problems).toEqual([]);
  });

  it.each(['512MB', 'Mi', '-1Gi', '1 Gi', '1.2.3Gi', 'lots'])('given memory %j, should record a problem', (input) => {
    const findings = new Findings();
    expect(parseMemory(input, 'memory', findings)).toBeNull();
    expect(findings.problems).toEqual([`memory is ${JSON.stringify(input)}, expected a memory quantity such as 512Mi or 1Gi`]);
  });

  it('given a placeholder, should read null and note it rather than fail', () => {
    const findings = new Findings();
    expect(parseMemory('${MEMORY}', 'memory', findings)).toBeNull();
    expect(findings).toEqual({ notes: ['memory is a placeholder, read as absent'], problems: [] });
  });
});

describe('parseQuantity', () => {
  it('given binary and decimal suffixes, should use powers of 1024 and 1000', () => {
    expect([parseQuantity('1Ki'), parseQuantity('1k'), parseQuantity('1Ti'), parseQuantity('1T')]).toEqual([1024, 1000, 2 ** 40, 1e12]);
  });
});

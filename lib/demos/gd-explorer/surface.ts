/** The explorer's loss surfaces: the compute core's objectives, each with the explorer's plotting bounds. */
import * as M from '@/lib/compute/maths';
import { SURFACES, type FnId } from './params';

export function objectiveFor(fn: FnId, kappa: number): M.Objective2D {
  const base = fn === 'quadratic' ? M.quadraticBowl(kappa) : fn === 'rosenbrock' ? M.rosenbrock() : fn === 'saddle' ? M.saddle() : M.himmelblau();
  return { ...base, domain: SURFACES[fn].bounds };
}

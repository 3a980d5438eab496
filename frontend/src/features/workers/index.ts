// 技能者: what other features read, pick, show or refresh of a worker.
export {
  careerQueryOptions,
  heldOccupationIds,
  invalidateWorkers,
  useSiteWorkerProfiles,
  useWorker,
  workerQueryOptions,
  type Worker,
} from './api/workers';
export { CareerProgress } from './components/detail/career-progress';
export { WorkerSelect } from './components/worker-select';

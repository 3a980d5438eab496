// 職種, 立場, 都道府県, 雇用区分, 保険: read-only masters every form and table labels with.
export {
  occupationLabel,
  useEmploymentTypes,
  useInsuranceValues,
  useOccupations,
  usePositions,
  usePrefectures,
  type EmploymentType,
  type InsuranceValue,
  type Occupation,
  type Position,
  type Prefecture,
} from './api/masters';
export { EmploymentTypeSelect, PositionSelect, PrefectureSelect } from './components/master-selects';
export { OccupationPicker } from './components/occupation-picker';

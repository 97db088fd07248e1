export { uploadCsv } from '../api/csv-upload';

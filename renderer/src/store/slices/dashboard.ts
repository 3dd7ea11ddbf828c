import type { StateCreator } from 'zustand';
import type { BilanState } from '../state.js';

/** A column of the dashboard the rows can be sorted by. */
export type DashboardColumn = 'number' | 'label' | 'sent' | 'returned' | 'fr' | 'en' | 'outOfDate' | 'errors' | 'conflicts';

/** How the dashboard's tables are shown: which rows, sorted how, filtered by what. */
export interface DashboardSlice {
  dashboardRows: 'card' | 'institution';
  dashboardSort: { column: DashboardColumn; descending: boolean };
  dashboardFilter: string;
  showDashboardRows(kind: 'card' | 'institution'): void;
  /** Sorts by a column; sorting again by the same column reverses the order. */
  sortDashboard(column: DashboardColumn): void;
  filterDashboard(text: string): void;
}

export const createDashboardSlice: StateCreator<BilanState, [], [], DashboardSlice> = (set, get) => ({
  dashboardRows: 'card',
  dashboardSort: { column: 'number', descending: false },
  dashboardFilter: '',
  showDashboardRows: (dashboardRows) => set({ dashboardRows }),
  sortDashboard(column) {
    const sort = get().dashboardSort;
    set({ dashboardSort: { column, descending: sort.column === column ? !sort.descending : false } });
  },
  filterDashboard: (dashboardFilter) => set({ dashboardFilter }),
});

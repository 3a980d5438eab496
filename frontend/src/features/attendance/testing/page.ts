/** A list answer as the API pages it. */
export function page<T>(items: T[], total = items.length, exact = true) {
  return {
    items,
    pagination: {
      total_count: total,
      total_is_exact: exact,
      page: 1,
      limit: 50,
      max_page: Math.max(1, Math.ceil(total / 50)),
    },
  };
}

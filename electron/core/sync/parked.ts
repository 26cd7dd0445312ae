// Rows team sync keeps aside: a colleague's company (or list entry) that is a duplicate of one
// here is stored with deleted_at set locally until a person resolves its duplicate card. Such a
// row is not in anybody's trash: restoring or purging it there would decide the card behind the
// card's back (and a purge would delete the colleague's record for the whole team).

/** SQL: true when the row of `tbl` whose id is `idExpr` is kept aside as a duplicate. */
export const parkedDuplicateSql = (tbl: string, idExpr: string): string =>
  `EXISTS (SELECT 1 FROM sync_parked p WHERE p.kind = 'duplicate' AND p.tbl = '${tbl}' AND p.pk = json_array(${idExpr}))`;

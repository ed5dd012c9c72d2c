namespace Kansrijk.Monitor;

/// <summary>
/// Decides which cells of one indicator and period may be published. A cell is an area with its counts;
/// the areas are tied by sums: a GGD region, a province and the country are the sum of their municipalities,
/// a province also the sum of its GGD regions, the country also the sum of the provinces and of the GGD regions.
///
/// The invariant (docs/decisions/0009): after suppression no hidden cell can be worked out from the shown cells by
/// solving any sum with one unknown, repeatedly. That holds when in every sum (total and parts together) the number
/// of hidden cells is never exactly one, and cells that are the same sum (a sum with one part, e.g. a province that is
/// one GGD region, or a region of which one municipality has counts) are hidden together.
///
/// Primary: a cell whose numerator, or for a share whose remainder, is under the threshold is hidden.
/// Secondary, repeated until nothing changes:
/// - identical cells (one-part sums) are hidden together;
/// - total shown, hidden parts one, or together under the threshold: the smallest shown part is hidden too, or the
///   total when no part is left;
/// - total hidden but every part shown (the total would be their sum): the smallest part is hidden too.
/// </summary>
public static class Suppression
{
    /// <summary>One sum: <paramref name="Total"/> = Σ <paramref name="Parts"/>.</summary>
    public sealed record Sum(string Total, IReadOnlyList<string> Parts);

    public static IReadOnlySet<string> Hidden(IReadOnlyDictionary<string, Counts> cells, IEnumerable<Sum> sums, int threshold)
    {
        var relevant = sums.Where(s => cells.ContainsKey(s.Total))
            .Select(s => new Sum(s.Total, [.. s.Parts.Where(cells.ContainsKey).Distinct()]))
            .Where(s => s.Parts.Count > 0)
            .ToList();

        // Cells that are one and the same sum: a sum with a single part with counts.
        var same = new Dictionary<string, List<string>>();
        var root = new Dictionary<string, string>();
        string Find(string x)
        {
            while (root.TryGetValue(x, out var r) && r != x) x = r;
            return x;
        }
        foreach (var sum in relevant.Where(s => s.Parts.Count == 1))
        {
            var a = Find(sum.Total);
            var b = Find(sum.Parts[0]);
            if (a != b) root[b] = a;
        }
        foreach (var cell in cells.Keys)
        {
            var r = Find(cell);
            if (!same.TryGetValue(r, out var group)) same[r] = group = [];
            group.Add(cell);
        }
        var sumsProper = relevant.Where(s => s.Parts.Count > 1).ToList();

        var hidden = new HashSet<string>();
        void Hide(string cell)
        {
            foreach (var c in same[Find(cell)]) hidden.Add(c);
        }
        foreach (var (cell, counts) in cells)
        {
            if (counts.SmallestGroup < threshold) Hide(cell);
        }

        string? SmallestShown(IEnumerable<string> parts) => parts.Where(p => !hidden.Contains(p))
            .OrderBy(p => cells[p].SmallestGroup).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();

        bool changed;
        do
        {
            changed = false;
            foreach (var sum in sumsProper)
            {
                var hiddenParts = sum.Parts.Where(hidden.Contains).ToList();
                if (hidden.Contains(sum.Total))
                {
                    if (hiddenParts.Count == 0)
                    {
                        Hide(SmallestShown(sum.Parts)!);
                        changed = true;
                    }
                    continue;
                }
                if (hiddenParts.Count == 0)
                {
                    continue;
                }
                if (hiddenParts.Count >= 2 && Counts.Sum(hiddenParts.Select(p => cells[p])).SmallestGroup >= threshold)
                {
                    continue;
                }
                Hide(SmallestShown(sum.Parts) ?? sum.Total);
                changed = true;
            }
        }
        while (changed);
        return hidden;
    }
}

namespace Kansrijk.Monitor;

/// <summary>
/// Decides which cells of one indicator and period may be published. A cell is an area with its counts;
/// the areas are tied by sums: a GGD region, a province and the country are the sum of their municipalities,
/// a province also the sum of its GGD regions, the country also the sum of the provinces.
///
/// Primary: a cell whose numerator, or for a share whose remainder, is under the threshold is hidden.
/// Secondary: in every sum, the hidden parts together must not be recoverable. If the total is shown and
/// exactly one part is hidden, or the hidden parts together are still under the threshold, the smallest
/// shown part is hidden too; when no part is left to hide, the total is hidden. Repeated until nothing changes.
/// </summary>
public static class Suppression
{
    /// <summary>One sum: <paramref name="Total"/> = Σ <paramref name="Parts"/>.</summary>
    public sealed record Sum(string Total, IReadOnlyList<string> Parts);

    public static IReadOnlySet<string> Hidden(IReadOnlyDictionary<string, Counts> cells, IEnumerable<Sum> sums, int threshold)
    {
        var hidden = cells.Where(c => c.Value.SmallestGroup < threshold).Select(c => c.Key).ToHashSet();
        var relevant = sums.Where(s => cells.ContainsKey(s.Total)).ToList();

        bool changed;
        do
        {
            changed = false;
            foreach (var sum in relevant)
            {
                var parts = sum.Parts.Where(cells.ContainsKey).ToList();
                var hiddenParts = parts.Where(hidden.Contains).ToList();
                if (hidden.Contains(sum.Total) || hiddenParts.Count == 0)
                {
                    continue;
                }
                var hiddenTogether = Counts.Sum(hiddenParts.Select(p => cells[p]));
                if (hiddenParts.Count >= 2 && hiddenTogether.SmallestGroup >= threshold)
                {
                    continue;
                }
                var next = parts.Where(p => !hidden.Contains(p)).OrderBy(p => cells[p].SmallestGroup).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
                hidden.Add(next ?? sum.Total);
                changed = true;
            }
        }
        while (changed);
        return hidden;
    }
}

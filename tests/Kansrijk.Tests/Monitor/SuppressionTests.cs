using Kansrijk.Monitor;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Monitor;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class SuppressionTests
{
    private const int Threshold = 10;

    // Two regions in one province: R1 = A + B + C, R2 = D + E; P = R1 + R2 = A..E; NL = P.
    private static readonly Suppression.Sum[] Sums =
    [
        new("R1", ["A", "B", "C"]),
        new("R2", ["D", "E"]),
        new("P", ["A", "B", "C", "D", "E"]),
        new("P", ["R1", "R2"]),
        new("NL", ["A", "B", "C", "D", "E"]),
        new("NL", ["P"]),
    ];

    private static Dictionary<string, Counts> WithTotals(Dictionary<string, Counts> municipalities)
    {
        var cells = new Dictionary<string, Counts>(municipalities);
        cells["R1"] = Counts.Sum(new[] { "A", "B", "C" }.Select(m => municipalities[m]));
        cells["R2"] = Counts.Sum(new[] { "D", "E" }.Select(m => municipalities[m]));
        cells["P"] = Counts.Sum(municipalities.Values);
        cells["NL"] = cells["P"];
        return cells;
    }

    /// <summary>Every hidden value must be impossible to work out from the shown ones by subtraction.</summary>
    private static void AssertNothingRecoverable(Dictionary<string, Counts> cells, IReadOnlySet<string> hidden)
    {
        foreach (var sum in Sums)
        {
            var hiddenParts = sum.Parts.Where(hidden.Contains).ToList();
            if (hidden.Contains(sum.Total) || hiddenParts.Count == 0) continue;
            if (hiddenParts.Count < 2)
            {
                Assert.Fail($"{sum.Total} minus its shown parts gives {hiddenParts[0]}");
            }
            Assert.True(Counts.Sum(hiddenParts.Select(p => cells[p])).SmallestGroup >= Threshold,
                $"{sum.Total} minus its shown parts gives the small group {string.Join("+", hiddenParts)}");
        }
    }

    [Fact]
    public void Nothing_is_hidden_when_every_group_is_large_enough()
    {
        var cells = WithTotals(new() { ["A"] = new(50, 400), ["B"] = new(60, 500), ["C"] = new(20, 100), ["D"] = new(30, 200), ["E"] = new(40, 300) });
        Assert.Empty(Suppression.Hidden(cells, Sums, Threshold));
    }

    [Fact]
    public void A_small_numerator_hides_its_cell_and_a_second_one_so_the_region_total_cannot_reveal_it()
    {
        var cells = WithTotals(new() { ["A"] = new(4, 400), ["B"] = new(60, 500), ["C"] = new(20, 100), ["D"] = new(30, 200), ["E"] = new(40, 300) });
        var hidden = Suppression.Hidden(cells, Sums, Threshold);
        Assert.Contains("A", hidden);
        Assert.Contains("C", hidden); // the smallest other municipality of the same region
        Assert.DoesNotContain("R1", hidden);
        AssertNothingRecoverable(cells, hidden);
    }

    [Fact]
    public void A_small_remainder_of_a_share_is_protected_like_a_small_numerator()
    {
        var cells = WithTotals(new() { ["A"] = new(95, 100), ["B"] = new(60, 500), ["C"] = new(20, 100), ["D"] = new(30, 200), ["E"] = new(40, 300) });
        var hidden = Suppression.Hidden(cells, Sums, Threshold);
        Assert.Contains("A", hidden);
        AssertNothingRecoverable(cells, hidden);
    }

    [Fact]
    public void Two_hidden_cells_that_are_small_together_pull_in_a_third()
    {
        var cells = WithTotals(new() { ["A"] = new(3, 400), ["B"] = new(4, 500), ["C"] = new(20, 100), ["D"] = new(30, 200), ["E"] = new(40, 300) });
        var hidden = Suppression.Hidden(cells, Sums, Threshold);
        Assert.Equal(["A", "B", "C"], hidden.Where(h => h.Length == 1).Order());
        AssertNothingRecoverable(cells, hidden);
    }

    [Fact]
    public void A_region_too_small_to_protect_is_hidden_and_its_neighbour_region_protects_it_in_the_province()
    {
        var cells = WithTotals(new() { ["A"] = new(30, 400), ["B"] = new(40, 500), ["C"] = new(20, 100), ["D"] = new(3, 200), ["E"] = new(4, 300) });
        var hidden = Suppression.Hidden(cells, Sums, Threshold);
        Assert.Contains("D", hidden);
        Assert.Contains("E", hidden);
        Assert.Contains("R2", hidden);
        AssertNothingRecoverable(cells, hidden);
        // The province is still shown, so R2 = P − R1 must not be possible: R1 is hidden as well, or
        // enough of A..C is hidden for the province sum to protect D and E.
        Assert.True(hidden.Contains("R1") || new[] { "A", "B", "C" }.Count(hidden.Contains) >= 1);
    }

    [Fact]
    public void Rates_are_sums_of_counts_not_averages_of_percentages()
    {
        var total = Counts.Sum([new Counts(1, 10), new Counts(90, 100)]);
        Assert.Equal(new Counts(91, 110), total);
        Assert.Equal(82.7m, Math.Round(total.Rate(100)!.Value, 1)); // the average of 10% and 90% would be 50%
        Assert.Null(Counts.Sum([new Counts(5, null), new Counts(7, 10)]).Denominator);
    }
}

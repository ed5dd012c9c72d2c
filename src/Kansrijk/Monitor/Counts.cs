namespace Kansrijk.Monitor;

/// <summary>A numerator over a denominator. For a count indicator the denominator is absent.</summary>
public readonly record struct Counts(long Numerator, long? Denominator)
{
    /// <summary>The other side of a yes/no split (denominator − numerator); absent for counts.</summary>
    public long? Remainder => Denominator - Numerator;

    /// <summary>The smaller side that could identify people: the numerator, or for a share also the remainder.</summary>
    public long SmallestGroup => Remainder is { } remainder ? Math.Min(Numerator, remainder) : Numerator;

    public static Counts Sum(IEnumerable<Counts> parts)
    {
        long numerator = 0, denominator = 0;
        var hasDenominator = true;
        foreach (var part in parts)
        {
            numerator += part.Numerator;
            if (part.Denominator is { } d) denominator += d; else hasDenominator = false;
        }
        return new Counts(numerator, hasDenominator ? denominator : null);
    }

    /// <summary>Σ numerator / Σ denominator, scaled (100 for a percentage, 1000 for per 1,000).</summary>
    public decimal? Rate(int scale) => Denominator is > 0 ? Numerator * (decimal)scale / Denominator.Value : null;
}

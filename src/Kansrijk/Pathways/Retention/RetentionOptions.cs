namespace Kansrijk.Pathways.Retention;

/// <summary>Pathways:RetentionMonths — how long after closure her personal data is kept (docs/configuration.md).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Pathways";

    /// <summary>Months after closure; then name, date of birth, contact details, postcode and the referral's story are removed.</summary>
    public int RetentionMonths { get; set; } = 12;
}

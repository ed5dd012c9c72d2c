namespace Kansrijk.Organisations;

/// <summary>
/// An organisation that offers help or works with pregnant women: a midwife practice, a hospital, the JGZ, a wijkteam.
/// Care-path offers belong to it, professionals belong to it, and rights to client data follow it.
/// </summary>
public sealed class Organisation : Platform.Database.IVersioned
{
    public int Version { get; set; }
    public int Id { get; init; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    /// <summary>What it is in its own words, for example "sociaal wijkteam" or "verslavingszorg".</summary>
    public string? Type { get; set; }
    /// <summary>AGB code (Vektis): eight digits, for care providers.</summary>
    public string? AgbCode { get; set; }
    /// <summary>Chamber of Commerce number: eight digits.</summary>
    public string? KvkNumber { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>Where notices of new referrals go (never with client data); the general address when empty.</summary>
    public string? IntakeEmail { get; set; }
    public string? Website { get; set; }
    public string? Hours { get; set; }
    /// <summary>Invented demo content: shown as "voorbeeld" so no one calls a made-up number.</summary>
    public bool IsExample { get; set; }
    /// <summary>The municipalities it serves: who may edit it follows from these, not from its offers.</summary>
    public List<OrganisationMunicipality> Municipalities { get; init; } = [];
}

public sealed class OrganisationMunicipality
{
    public int OrganisationId { get; init; }
    public required string MunicipalityCode { get; init; }
}

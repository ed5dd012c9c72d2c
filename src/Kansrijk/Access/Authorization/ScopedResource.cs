namespace Kansrijk.Access.Authorization;

/// <summary>
/// What a permission is asked for: a kind of object, its id (for the access log) and the municipalities it covers.
/// An empty list of municipalities means national.
/// </summary>
public sealed record ScopedResource(string Type, string? Id, IReadOnlyCollection<string> Municipalities)
{
    /// <summary>For client data: the organisations involved (see <see cref="ScopeRule.Involved"/>).</summary>
    public IReadOnlyCollection<int> Organisations { get; init; } = [];

    /// <summary>For client data: the users with a running break-the-glass access (reading only, see <see cref="ScopeRule.InvolvedOrEmergency"/>).</summary>
    public IReadOnlyCollection<string> EmergencyUsers { get; init; } = [];

    /// <summary>For a case meeting: the accounts taking part (see <see cref="ScopeRule.Participant"/>).</summary>
    public IReadOnlyCollection<string> Participants { get; init; } = [];

    public static ScopedResource Of(string type, string? id, IEnumerable<string> municipalities) =>
        new(type, id, municipalities.Distinct().ToList());

    public static ScopedResource Municipality(string type, string code) => new(type, code, [code]);
}

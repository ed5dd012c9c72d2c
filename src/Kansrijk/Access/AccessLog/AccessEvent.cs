namespace Kansrijk.Access.AccessLog;

/// <summary>What a feature tells the access log; who, from where and when are filled in by the log.</summary>
public sealed record AccessEvent(
    AccessAction Action,
    string ObjectType,
    string? ObjectId = null,
    AccessOutcome Outcome = AccessOutcome.Success,
    string? ClientId = null,
    string? Details = null)
{
    /// <summary>Set when the actor is not the signed-in user (e.g. a failed login for a typed name).</summary>
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string? Role { get; init; }
    public string? OnBehalfOf { get; init; }
}

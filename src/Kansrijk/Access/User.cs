using Microsoft.AspNetCore.Identity;

namespace Kansrijk.Access;

public sealed class User : IdentityUser
{
    public required string DisplayName { get; set; }
    public DateTime CreatedAt { get; init; }
    public List<RoleAssignment> Roles { get; init; } = [];

    /// <summary>Turned off by an administrator: no login, and every open session is refused at its next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set by an administrator: the person must choose a new password before she can do anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The last 30-second time step whose authenticator code was accepted, so a code works only once.</summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}

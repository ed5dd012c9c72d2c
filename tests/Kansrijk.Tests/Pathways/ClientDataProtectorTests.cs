using Kansrijk.Pathways;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Pathways;

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ClientDataProtectorTests
{
    private static (ClientDataOptions Options, string Root) NewKeyFile()
    {
        var root = Path.Combine(Path.GetTempPath(), "kansrijk-tests", "client-keys-" + Guid.NewGuid().ToString("N"));
        return (new ClientDataOptions { KeyFile = "keys/client-data.keys" }, root);
    }

    [Fact]
    public void After_a_rotation_old_values_still_open_new_ones_use_the_new_key_and_the_identity_hash_stays()
    {
        var (options, root) = NewKeyFile();
        var first = ClientDataProtector.Load(options, root);
        var old = first.Protect(ClientFields.Name, "Fatma Yılmaz");
        var hash = first.IdentityHash("Zoë Müller", new DateOnly(1998, 3, 14));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, options.KeyFile)));
        }

        var id = ClientDataProtector.AddKey(options, root);
        var second = ClientDataProtector.Load(options, root);
        Assert.Equal(id, second.CurrentKeyId);
        Assert.Equal("Fatma Yılmaz", second.Unprotect(ClientFields.Name, old));
        Assert.StartsWith(id + ".", second.Protect(ClientFields.Name, "x"));
        Assert.StartsWith(id + ".", second.Reprotect(ClientFields.Name, old));
        Assert.Equal(hash, second.IdentityHash("zoe  muller", new DateOnly(1998, 3, 14)));
        Assert.NotEqual(hash, second.IdentityHash("Zoë Müller", new DateOnly(1998, 3, 15)));
    }

    [Fact]
    public void An_erased_value_reads_as_erased_and_a_rotation_does_not_bring_it_back()
    {
        var (options, root) = NewKeyFile();
        var protector = ClientDataProtector.Load(options, root);
        Assert.Equal(ClientDataProtector.Erased, protector.Unprotect(ClientFields.Name, ""));
        Assert.Equal("", protector.Reprotect(ClientFields.Name, ""));
    }

    [Fact]
    public void A_value_moved_to_another_field_or_changed_does_not_open()
    {
        var (options, root) = NewKeyFile();
        var protector = ClientDataProtector.Load(options, root);
        var name = protector.Protect(ClientFields.Name, "Anna");
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect(ClientFields.Phone, name));
        var tampered = name[..^4] + (name[^4] == 'A' ? 'B' : 'A') + name[^3..];
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect(ClientFields.Name, tampered));
        Assert.NotEqual(name, protector.Protect(ClientFields.Name, "Anna"));
    }
}

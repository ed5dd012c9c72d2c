namespace Kansrijk.Tests.Infrastructure;

/// <summary>
/// A unique part for a test woman's name. Letters only: the identity match ignores everything but letters, so a hex
/// suffix such as "3f1a09" left "fa", and two test women with the same dates were now and then the same woman.
/// </summary>
public static class TestNames
{
    public static string Letters(int length = 10) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + Random.Shared.Next(26)))]);
}

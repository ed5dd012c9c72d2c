using Kansrijk.Tests.Infrastructure;
using NetArchTest.Rules;

namespace Kansrijk.Tests.Architecture;

/// <summary>
/// The modules of Kansrijk (Geography, Monitor, Coalitions, CarePaths, Pathways) use each other only through their
/// contracts. Platform (the database, layout, composition) and Access (accounts, authorization, access log) are the
/// foundation every module may use; Demo seeds every module. Today's crossings are named below so none can be added:
/// a new one fails this test until it goes through a contract or is named here with its reason.
/// </summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Geography", "Monitor", "Coalitions", "CarePaths", "Pathways"];

    /// <summary>What a module offers the others: reading through these is not a crossing.</summary>
    private static readonly Dictionary<string, string[]> Contracts = new()
    {
        ["Geography"] = ["Kansrijk.Geography.AreaQueries", "Kansrijk.Geography.AreaDetail", "Kansrijk.Geography.AreaType"],
        ["Monitor"] = [],
        ["Coalitions"] = [],
        ["CarePaths"] = [],
        ["Pathways"] = [],
    };

    /// <summary>Today's crossings: (type that crosses, module it reaches into) and why it is still there.</summary>
    private static readonly Dictionary<(string Type, string Module), string> KnownCrossings = new()
    {
    };

    [Fact]
    public void No_module_uses_another_modules_entities_or_tables_outside_its_contract()
    {
        var assembly = typeof(Kansrijk.Platform.Database.KansrijkDb).Assembly;
        var crossings = new List<string>();
        foreach (var module in Modules)
        {
            foreach (var other in Modules.Where(m => m != module))
            {
                var internals = Types.InAssembly(assembly).That().ResideInNamespace($"Kansrijk.{other}").GetTypes()
                    .Select(t => t.FullName!).Except(Contracts[other]).ToArray();
                var result = Types.InAssembly(assembly).That().ResideInNamespace($"Kansrijk.{module}")
                    .ShouldNot().HaveDependencyOnAny(internals).GetResult();
                foreach (var type in result.FailingTypeNames ?? [])
                {
                    var name = type.Split('+')[0].Split('<')[0];
                    if (!KnownCrossings.ContainsKey((name, other))) crossings.Add($"(\"{name}\", \"{other}\")");
                }
            }
        }
        Assert.True(crossings.Count == 0, "New crossings between modules:\n" + string.Join("\n", crossings.Distinct().Order()));
    }

    [Fact]
    public void Every_named_crossing_still_exists()
    {
        var assembly = typeof(Kansrijk.Platform.Database.KansrijkDb).Assembly;
        foreach (var ((type, module), _) in KnownCrossings)
        {
            var internals = Types.InAssembly(assembly).That().ResideInNamespace($"Kansrijk.{module}").GetTypes()
                .Select(t => t.FullName!).Except(Contracts[module]).ToArray();
            var uses = Types.InAssembly(assembly).That().HaveFullName(type).Should().HaveDependencyOnAny(internals).GetResult();
            Assert.True(uses.IsSuccessful, $"{type} no longer reaches into {module}: remove it from the named crossings.");
        }
    }
}

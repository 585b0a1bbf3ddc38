using System.Reflection;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Units;

namespace AntiTrafficking.Grains.Tests;

/// <summary>
/// Every type Orleans serializes, and every grain interface, carries a stable <c>[Alias]</c>, so that renaming or moving
/// a class never changes what silos and clients of different versions call it; no two share an alias.
/// </summary>
public sealed class SerializationAliasTests
{
    private static readonly Assembly[] Assemblies = [typeof(ICommuneGrain).Assembly, typeof(CommuneState).Assembly];

    private static IEnumerable<Type> SerializedTypes() =>
        Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>(inherit: false) is not null
                        || (t.IsInterface && typeof(IAddressable).IsAssignableFrom(t)));

    [Fact]
    public void EverySerializedTypeAndGrainInterfaceHasAnAlias()
    {
        var types = SerializedTypes().ToList();
        var missing = types.Where(t => t.GetCustomAttribute<AliasAttribute>(inherit: false) is null)
            .Select(t => t.FullName).Order().ToList();

        Assert.True(types.Count > 100, $"only {types.Count} serialized types found: the assemblies scanned are wrong");
        Assert.True(missing.Count == 0, "without [Alias]: " + string.Join(", ", missing));
    }

    [Fact]
    public void NoTwoTypesShareAnAlias()
    {
        var shared = SerializedTypes()
            .Select(t => (Type: t, Alias: t.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias))
            .Where(x => x.Alias is not null)
            .GroupBy(x => x.Alias)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Type.Name))}")
            .ToList();

        Assert.True(shared.Count == 0, "aliases used twice: " + string.Join("; ", shared));
    }
}

using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// Refuses a command whose list holds a null item (<c>"districtCodes": [null]</c>). The serializer's nullable
/// annotations cover properties but not the items of a collection, and a null item reached the grains, which failed
/// on it with a 500; now it is malformed JSON naming the item, like any other field of the wrong type.
/// </summary>
internal static class NullItemRefusal
{
    private static readonly MethodInfo FirstNullOf = typeof(NullItemRefusal).GetMethod(nameof(FirstNull), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>A type-info modifier: checks each immutable array of references once the object is read.</summary>
    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var lists = typeInfo.Properties
            .Where(p => p.Get is not null && p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                && !p.PropertyType.GetGenericArguments()[0].IsValueType)
            .Select(p => (p.Name, p.Get!, FirstNull: FirstNullOf.MakeGenericMethod(p.PropertyType.GetGenericArguments()[0]).CreateDelegate<Func<object?, int>>()))
            .ToList();
        if (lists.Count == 0)
        {
            return;
        }

        typeInfo.OnDeserialized = value =>
        {
            foreach (var (name, get, firstNull) in lists)
            {
                if (firstNull(get(value!)) is var index and >= 0)
                {
                    throw new JsonException($"The item {index} of '{name}' is null.", $"$.{name}[{index}]", null, null);
                }
            }
        };
    }

    private static int FirstNull<T>(object? list) =>
        list is ImmutableArray<T> { IsDefault: false } items ? items.IndexOf(default!) : -1;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>Reads a <see cref="V2Reference"/> from an object or from a bare string (the empty image of volume-booted servers).</summary>
internal sealed class V2ReferenceConverter : JsonConverter<V2Reference>
{
    public override V2Reference? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new V2Reference { Id = reader.GetString() ?? "" };
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    var root = document.RootElement;
                    var id = root.TryGetProperty("id", out var idElement)
                        ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() ?? "" : idElement.GetRawText()
                        : "";
                    var links = root.TryGetProperty("links", out var linksElement) && linksElement.ValueKind == JsonValueKind.Array
                        ? linksElement.Deserialize<List<V2Link>>(options) ?? []
                        : [];
                    return new V2Reference { Id = id, Links = links };
                }

            default:
                throw new JsonException($"Expected an object or a string for a reference, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, V2Reference value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteEndObject();
    }
}

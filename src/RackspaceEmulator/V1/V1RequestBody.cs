using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>A v1.0 request entity in JSON ({"server":{"name":..}}) or XML (&lt;server name=".."/&gt;), read the same way.</summary>
internal sealed class V1RequestBody
{
    private readonly JsonObject? _json;
    private readonly XElement? _xml;

    private V1RequestBody(string name, JsonObject? json, XElement? xml)
    {
        Name = name;
        _json = json;
        _xml = xml;
    }

    /// <summary>The entity's name: the JSON root property or the XML root element.</summary>
    public string Name { get; }

    /// <summary>Reads the body; the entity must be <paramref name="expected"/> when given (any single entity otherwise).</summary>
    public static async Task<V1RequestBody> ReadAsync(HttpContext http, string? expected)
    {
        var contentType = http.Request.ContentType ?? "application/json";
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        if (contentType.Contains("xml", StringComparison.OrdinalIgnoreCase))
        {
            XElement root;
            try
            {
                root = XElement.Parse(text);
            }
            catch (XmlException ex)
            {
                throw Malformed($"not well-formed XML ({ex.Message})");
            }

            var name = root.Name.LocalName;
            if (expected is not null && name != expected)
            {
                throw Malformed($"the root element must be {expected}");
            }

            return new V1RequestBody(name, null, root);
        }

        if (!contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CloudFaultException(CloudFault.BadMediaType($"Unsupported Content-Type {contentType}; use application/json or application/xml."));
        }

        JsonObject document;
        try
        {
            document = JsonNode.Parse(text) as JsonObject ?? throw Malformed("a JSON object is required");
        }
        catch (JsonException ex)
        {
            throw Malformed(ex.Message);
        }

        if (document.Count != 1)
        {
            throw Malformed(expected is null ? "exactly one entity is required" : $"exactly one entity, {expected}, is required");
        }

        var (key, value) = document.First();
        if (expected is not null && key != expected)
        {
            throw Malformed($"the entity must be {expected}");
        }

        if (value is not null and not JsonObject)
        {
            throw Malformed($"{key} must be an object");
        }

        return new V1RequestBody(key, value as JsonObject ?? [], null);
    }

    public string? String(string attribute)
    {
        if (_xml is not null)
        {
            return _xml.Attribute(attribute)?.Value;
        }

        return _json![attribute] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
            _ => throw Invalid(attribute, "a scalar value is required"),
        };
    }

    public string RequiredString(string attribute) =>
        String(attribute) is { Length: > 0 } value ? value : throw Invalid(attribute, "a value is required");

    public int? Int(string attribute) => String(attribute) is { } text
        ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Invalid(attribute, "a non-negative integer is required")
        : null;

    public int RequiredInt(string attribute) => Int(attribute) ?? throw Invalid(attribute, "an integer is required");

    public bool? Bool(string attribute) => String(attribute) is { } text
        ? bool.TryParse(text, out var value) ? value : throw Invalid(attribute, "true or false is required")
        : null;

    /// <summary>JSON "metadata":{"k":"v"}; XML &lt;metadata&gt;&lt;meta key="k"&gt;v&lt;/meta&gt;&lt;/metadata&gt;.</summary>
    public Dictionary<string, string>? Metadata()
    {
        if (_json is not null)
        {
            return JsonBody.OptionalMetadata(_json, "metadata", $"{Name}.metadata");
        }

        var metadata = Child("metadata");
        if (metadata is null)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in metadata.Elements().Where(e => e.Name.LocalName == "meta"))
        {
            var key = meta.Attribute("key")?.Value;
            if (string.IsNullOrEmpty(key) || key.Length > 255 || meta.Value.Length > 255)
            {
                throw Invalid("metadata.meta", "a key attribute and value of 1 to 255 characters are required");
            }

            result[key] = meta.Value;
        }

        return result;
    }

    /// <summary>JSON "personality":[{"path","contents"}]; XML &lt;personality&gt;&lt;file path=".."&gt;base64&lt;/file&gt;&lt;/personality&gt;.</summary>
    public List<PersonalityFile>? Personality()
    {
        if (_json is not null)
        {
            return JsonBody.OptionalPersonality(_json, "personality", $"{Name}.personality");
        }

        var personality = Child("personality");
        if (personality is null)
        {
            return null;
        }

        return [.. personality.Elements().Where(e => e.Name.LocalName == "file").Select((file, i) => new PersonalityFile(
            file.Attribute("path")?.Value is { Length: > 0 } path ? path : throw Invalid($"personality.file[{i}].path", "a value is required"),
            file.Value.Trim()))];
    }

    /// <summary>The server id of a shared IP group create: JSON "server": 422; XML &lt;server id="422"/&gt;.</summary>
    public int? ServerReference()
    {
        if (_json is not null)
        {
            return Int("server");
        }

        var server = Child("server");
        return server is null ? null
            : int.TryParse(server.Attribute("id")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id
            : throw Invalid("server.id", "an integer is required");
    }

    private XElement? Child(string name) => _xml!.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private CloudFaultException Invalid(string attribute, string problem) => JsonBody.Invalid($"{Name}.{attribute}", problem);

    private static CloudFaultException Malformed(string problem) =>
        new(CloudFault.BadRequest($"Malformed request body: {problem}."));
}

using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>Reads a fault body in JSON (<c>{"name":{code,message,details}}</c>) or XML (<c>&lt;name code=".."&gt;&lt;message/&gt;</c>).</summary>
internal static class FaultReader
{
    /// <summary>Parses the body; a body that is not a fault document gives a fault named "" with the HTTP status as code.</summary>
    public static RackspaceFault Read(string body, int statusCode)
    {
        var trimmed = body.AsSpan().TrimStart();
        if (trimmed.StartsWith("{"))
        {
            return ReadJson(body, statusCode) ?? Unrecognised(body, statusCode);
        }

        if (trimmed.StartsWith("<"))
        {
            return ReadXml(body, statusCode) ?? Unrecognised(body, statusCode);
        }

        return Unrecognised(body, statusCode);
    }

    private static RackspaceFault Unrecognised(string body, int statusCode)
    {
        var text = body.Trim();
        return new RackspaceFault("", statusCode, text.Length > 200 ? text[..200] : text, null, null);
    }

    private static RackspaceFault? ReadJson(string body, int statusCode)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var fault = property.Value;
                return new RackspaceFault(
                    property.Name,
                    ReadInt(fault, "code") ?? statusCode,
                    ReadString(fault, "message") ?? "",
                    ReadString(fault, "details"),
                    ReadString(fault, "retryAfter"));
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static RackspaceFault? ReadXml(string body, int statusCode)
    {
        try
        {
            var root = XDocument.Parse(body).Root;
            if (root is null)
            {
                return null;
            }

            var code = int.TryParse((string?)root.Attribute("code"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : statusCode;
            var message = root.Elements().FirstOrDefault(e => e.Name.LocalName == "message")?.Value
                ?? (string?)root.Attribute("message") ?? "";
            var details = root.Elements().FirstOrDefault(e => e.Name.LocalName == "details")?.Value
                ?? (string?)root.Attribute("details");
            return new RackspaceFault(root.Name.LocalName, code, message.Trim(), details?.Trim(), (string?)root.Attribute("retryAfter"));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static int? ReadInt(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}

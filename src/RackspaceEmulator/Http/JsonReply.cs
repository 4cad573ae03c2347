using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Writes JSON bodies and turns them into minimal-API results.</summary>
internal static class JsonReply
{
    public static async Task WriteAsync(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
    }

    public static IResult Result(int status, JsonNode body) =>
        Results.Content(body.ToJsonString(), "application/json", Encoding.UTF8, status);
}

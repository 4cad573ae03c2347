using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Autoscaler.Agent;
using Microsoft.Extensions.Options;

namespace Autoscaler.AgentSidecar;

/// <summary>The sidecar's HTTP API (JSON, loopback only): what a game server not written in .NET calls.</summary>
internal static class SidecarEndpoints
{
    private const int MaxCapacity = 100_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IEndpointRouteBuilder MapSidecarApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1/status", (GameServerAgent agent, CommandFeed feed) => Results.Ok(SidecarStatus.Of(agent, feed)));
        endpoints.MapPut("/v1/load", PutLoadAsync);
        endpoints.MapPost("/v1/players/joined", (GameServerAgent agent, CommandFeed feed) =>
        {
            agent.PlayerJoined();
            return Results.Ok(SidecarStatus.Of(agent, feed));
        });
        endpoints.MapPost("/v1/players/left", (GameServerAgent agent, CommandFeed feed) =>
        {
            agent.PlayerLeft();
            return Results.Ok(SidecarStatus.Of(agent, feed));
        });
        endpoints.MapGet("/v1/commands", GetCommandsAsync);
        endpoints.MapPut("/v1/rows", PutRowAsync);
        endpoints.MapDelete("/v1/rows", DeleteRow);
        return endpoints;
    }

    private static async Task<IResult> PutLoadAsync(HttpRequest request, GameServerAgent agent, CommandFeed feed)
    {
        LoadUpdate? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<LoadUpdate>(request.Body, Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            return Problem("body", $"not a valid load update: {ex.Message}");
        }

        if (update is null || update is { Players: null, Capacity: null, Ready: null })
        {
            return Problem("body", "give at least one of players, capacity, ready");
        }

        var errors = new Dictionary<string, string[]>();
        var capacity = update.Capacity ?? agent.Capacity;
        if (update.Capacity is < 1 or > MaxCapacity)
        {
            errors["capacity"] = [$"must be between 1 and {MaxCapacity}, was {update.Capacity}"];
        }

        if (update.Players is < 0)
        {
            errors["players"] = [$"must not be negative, was {update.Players}"];
        }
        else if (update.Players > capacity)
        {
            errors["players"] = [$"must not exceed the capacity ({capacity}), was {update.Players}"];
        }

        if (update.Ready is false)
        {
            errors["ready"] = ["can only be set to true (a server does not become un-ready; the controller drains it)"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        if (update.Capacity is { } newCapacity)
        {
            agent.SetCapacity(newCapacity);
        }

        if (update.Players is { } players)
        {
            agent.SetPlayerCount(players);
        }

        if (update.Ready is true)
        {
            agent.MarkReady();
        }

        return Results.Ok(SidecarStatus.Of(agent, feed));
    }

    private static async Task<IResult> GetCommandsAsync(HttpContext context, CommandFeed feed, IOptions<SidecarOptions> options)
    {
        var query = context.Request.Query;
        var errors = new Dictionary<string, string[]>();
        var after = ParseLong(query["after"], 0, long.MaxValue, "after", errors);
        var maxWait = (long)options.Value.MaxWait.TotalSeconds;
        var wait = ParseLong(query["waitSeconds"], 0, maxWait, "waitSeconds", errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var commands = await feed.ReadAsync(after, TimeSpan.FromSeconds(wait), context.RequestAborted);
        return Results.Ok(new { commands, lastId = feed.LastId });
    }

    private static async Task<IResult> PutRowAsync(HttpContext context, GameServerAgent agent)
    {
        var errors = new Dictionary<string, string[]>();
        var (primary, secondary) = RowKey(context.Request.Query, errors);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        try
        {
            agent.Post(primary!, secondary, body.ToArray());
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return Problem(ex is ArgumentException { ParamName: "value" } ? "body" : "primary", ex.Message);
        }

        return Results.NoContent();
    }

    private static IResult DeleteRow(HttpContext context, GameServerAgent agent)
    {
        var errors = new Dictionary<string, string[]>();
        var (primary, secondary) = RowKey(context.Request.Query, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        agent.Release(primary!, secondary);
        return Results.NoContent();
    }

    private static (string? Primary, uint Secondary) RowKey(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        string? primary = query["primary"];
        if (string.IsNullOrEmpty(primary))
        {
            errors["primary"] = ["is required"];
        }

        var secondary = (uint)ParseLong(query["secondary"], 0, uint.MaxValue, "secondary", errors);
        return (primary, secondary);
    }

    private static long ParseLong(string? text, long min, long max, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return min;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors[name] = [$"must be a whole number between {min} and {max}"];
            return min;
        }

        return value;
    }

    private static IResult Problem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}

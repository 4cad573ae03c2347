using System.Text;
using System.Text.Json;
using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.Controller.Provisioning;

/// <summary>What a new server boots with so its agent can find the controller and prove who it is.</summary>
/// <remarks>
/// The same JSON document goes in a personality file (v1.0 and v2) and in user_data (v2); the token travels only
/// there, never in metadata (which the cloud lists to anyone holding the account's key).
/// </remarks>
internal static class AgentBootstrap
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Builds the create request for one server.</summary>
    public static ServerCreateSpec Spec(string serverId, string fleet, string operationId, string imageId, string flavorId,
        string bootstrapPath, string controllerAddress, string token)
    {
        var document = JsonSerializer.Serialize(new BootstrapDocument(serverId, fleet, controllerAddress, token), Json);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["autoscaler-fleet"] = fleet,
            ["autoscaler-server"] = serverId,
            ["autoscaler-operation"] = operationId,
        };
        return new ServerCreateSpec(serverId, imageId, flavorId, metadata,
            [new PersonalityFile(bootstrapPath, Encoding.UTF8.GetBytes(document))], document);
    }

    /// <summary>The agent's bootstrap file (the Agent library reads the same shape).</summary>
    private sealed record BootstrapDocument(string ServerId, string Fleet, string ControllerAddress, string Token);
}

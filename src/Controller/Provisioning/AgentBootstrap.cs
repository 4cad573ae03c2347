using System.Text;
using Autoscaler.Agent;
using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.Controller.Provisioning;

/// <summary>What a new server boots with so its agent can find the controller and prove who it is.</summary>
/// <remarks>
/// The agent's <see cref="AgentBootstrapFile"/> goes in a personality file (v1.0 and v2) and in user_data (v2); the
/// token travels only there, never in metadata (which the cloud lists to anyone holding the account's key).
/// </remarks>
internal static class AgentBootstrap
{
    /// <summary>Builds the create request for one server.</summary>
    public static ServerCreateSpec Spec(string serverId, string fleet, string operationId, string imageId, string flavorId,
        string bootstrapPath, string controllerAddress, string token, int capacity)
    {
        var document = new AgentBootstrapFile
        {
            ServerId = serverId,
            Fleet = fleet,
            ControllerAddress = new Uri(controllerAddress, UriKind.Absolute),
            Token = token,
            Capacity = capacity,
        }.Serialize();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["autoscaler-fleet"] = fleet,
            ["autoscaler-server"] = serverId,
            ["autoscaler-operation"] = operationId,
        };
        return new ServerCreateSpec(serverId, imageId, flavorId, metadata,
            [new PersonalityFile(bootstrapPath, Encoding.UTF8.GetBytes(document))], document);
    }
}

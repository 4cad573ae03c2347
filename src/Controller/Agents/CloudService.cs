using Autoscaler.Controller.Agents.KeyValue;
using Autoscaler.Controller.Registry;
using Autoscaler.Protocol.V1;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Agents;

/// <summary>The controller's side of cloud.proto: agent streams and the key/value queries.</summary>
internal sealed class CloudService(
    IAgentGateway gateway,
    CloudStore store,
    IOptionsMonitor<AgentProtocolOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<CloudService> logger) : Cloud.CloudBase
{
    public override Task Connect(IAsyncStreamReader<AgentMessage> requestStream, IServerStreamWriter<ControllerMessage> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stream = new AgentStream(gateway, store, options.CurrentValue, time, logger);
        return stream.RunAsync(requestStream, responseStream, context.CancellationToken, lifetime.ApplicationStopping);
    }

    public override Task<GetResponse> Get(GetRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        AgentMessageValidator.ValidateGet(request, options.CurrentValue.MaxRowsPerGet, violations);
        violations.ThrowIfAny();
        return Task.FromResult(store.Get(request));
    }

    public override async Task Subscribe(SubscribeRequest request, IServerStreamWriter<SubscriptionEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new Violations();
        AgentMessageValidator.ValidateSubscribe(request, violations);
        violations.ThrowIfAny();
        using var subscription = store.Subscribe(request);
        if (subscription is null)
        {
            AgentProtocolLog.SubscriptionRefused(logger, options.CurrentValue.MaxSubscriptions);
            throw ProtocolErrors.ResourceExhausted("subscriptions", $"at most {options.CurrentValue.MaxSubscriptions} subscriptions may be open");
        }

        // A stopping controller ends its subscriptions at once rather than holding shutdown open.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var item in subscription.Events.ReadAllAsync(ended.Token))
            {
                await responseStream.WriteAsync(item, ended.Token);
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            if (lifetime.ApplicationStopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
            {
                throw ProtocolErrors.Plain(Google.Rpc.Code.Unavailable, "the controller is stopping; subscribe again");
            }
        }
    }
}

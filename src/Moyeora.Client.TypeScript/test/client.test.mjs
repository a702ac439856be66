// The client against a real host: MOYEORA_BASE_URL (e.g. http://127.0.0.1:5080) names it; the administrator
// (MOYEORA_ADMIN_PHONE / MOYEORA_ADMIN_PASSWORD, by default the development one) reads sign-up codes from the outbox.
// Run after `npm run build`: node --test test/   (the xunit test TypeScriptClient_Tests starts a host and runs this).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createLiveConnection, createMoyeoraClient, HubConnectionState, LiveHubError, memoryTokenStore, MoyeoraApiError } from "../dist/index.js";

const baseUrl = process.env.MOYEORA_BASE_URL;
const adminPhone = process.env.MOYEORA_ADMIN_PHONE ?? "010-0000-0000";
const adminPassword = process.env.MOYEORA_ADMIN_PASSWORD ?? "admin1234!";
const password = "moim-pass-1";

let phoneCounter = Math.floor(Math.random() * 9_000_000);
const newPhone = () => {
  const n = ++phoneCounter % 10_000_000;
  return `010-${String(6000 + Math.floor(n / 10_000)).slice(-4)}-${String(n % 10_000).padStart(4, "0")}`;
};
const newNickname = () => "ts" + Math.random().toString(36).slice(2, 12);

/** Counts the calls to each path, so a test can see how many refreshes happened. */
function countingFetch() {
  const calls = new Map();
  const languages = new Set();
  const fetch = (request) => {
    const path = new URL(request.url).pathname;
    languages.add(request.headers.get("Accept-Language"));
    calls.set(path, (calls.get(path) ?? 0) + 1);
    return globalThis.fetch(request);
  };
  return { fetch, count: (path) => calls.get(path) ?? 0, languages };
}

describe("the generated client against a real host", { skip: !baseUrl && "MOYEORA_BASE_URL is not set" }, () => {
  const admin = createMoyeoraClient({ baseUrl: baseUrl ?? "", language: "en" });
  const live = [];

  before(async () => {
    await admin.signIn(await admin.POST("/api/app/account/login", { body: { phoneNumber: adminPhone, password: adminPassword } }));
  });

  after(async () => {
    await Promise.all(live.map((connection) => connection.stop()));
  });

  /** Asks for a sign-up code, reads it from the outbox as the administrator and verifies it. */
  async function verify(api, phoneNumber) {
    await api.POST("/api/app/account/verification-codes", { body: { phoneNumber, purpose: "signUp" } });
    const outbox = await admin.GET("/api/app/outbox", { params: { query: { Channel: "sms", Recipient: phoneNumber, MaxResultCount: 1 } } });
    const code = /\[(\d{6})\]/.exec(outbox.items[0]?.text ?? "")?.[1];
    assert.ok(code, `no sign-up code in the outbox for ${phoneNumber}`);
    return api.POST("/api/app/account/verification-codes/verify", { body: { phoneNumber, purpose: "signUp", code } });
  }

  /** Signs a new person up through the generated client. */
  async function signUp(options = {}) {
    const api = createMoyeoraClient({ baseUrl, language: "en", ...options });
    const phoneNumber = newPhone();
    const { verificationToken } = await verify(api, phoneNumber);
    const tokens = await api.POST("/api/app/account/register", {
      body: { verificationToken, name: "김모임", nickname: newNickname(), password },
    });
    await api.signIn(tokens);
    return { api, phoneNumber, tokens };
  }

  async function connect(api) {
    const connection = createLiveConnection({ baseUrl, auth: api });
    live.push(connection);
    const connected = await connection.start();
    return { connection, connected };
  }

  test("sign up, log in, create a meetup, join it and chat: the other member gets the message live", async () => {
    const host = await signUp();
    const member = await signUp();

    // Log in again with the phone and password: a fresh pair of tokens.
    const loggedIn = await member.api.POST("/api/app/account/login", { body: { phoneNumber: member.phoneNumber, password } });
    assert.equal(loggedIn.userId, member.tokens.userId);
    await member.api.signIn(loggedIn);

    const start = new Date(Date.now() + 2 * 3600_000);
    const meetup = await host.api.POST("/api/app/meetups", {
      body: {
        title: "타입스크립트 모임",
        maxMembers: 4,
        startTime: start.toISOString(),
        endTime: new Date(start.getTime() + 3600_000).toISOString(),
        place: "서울역",
        latitude: 37.5547,
        longitude: 126.9707,
        tags: ["typescript"],
      },
    });
    assert.equal(meetup.status, "recruiting");
    assert.equal(meetup.host.id, host.tokens.userId);

    const joined = await member.api.POST("/api/app/meetups/{id}/join", { params: { path: { id: meetup.id } } });
    assert.equal(joined.memberCount, 2);
    assert.equal(joined.isMember, true);

    const { connection: memberLive, connected } = await connect(member.api);
    assert.equal(connected.userId, member.tokens.userId);
    assert.ok(connected.meetupIds.includes(meetup.id), "the member's connection is in the meetup's room");
    const { connection: hostLive } = await connect(host.api);

    // Over REST: stored, then delivered live.
    const overRest = memberLive.next("chatMessage", (m) => m.text === "REST에서 안녕");
    const sent = await host.api.POST("/api/app/meetups/{meetupId}/chat/messages", {
      params: { path: { meetupId: meetup.id } },
      body: { text: "REST에서 안녕" },
    });
    const received = await overRest;
    assert.equal(received.id, sent.id);
    assert.equal(received.senderId, host.tokens.userId);
    assert.equal(received.kind, "user");

    // Over the hub: the typed invocation answers the stored message.
    const overHub = memberLive.next("chatMessage", (m) => m.text === "허브에서 안녕");
    const stored = await hostLive.invoke("SendChatMessage", meetup.id, "허브에서 안녕");
    assert.equal(stored.meetupId, meetup.id);
    assert.equal((await overHub).id, stored.id);

    // A refused invocation carries the same vocabulary of codes.
    await assert.rejects(memberLive.invoke("SetRadius", 1), (error) => {
      assert.ok(error instanceof LiveHubError, String(error));
      assert.equal(error.code, "Moyeora:InvalidRadius");
      assert.ok(error.errors.meters?.length, "the refusal names the argument");
      return true;
    });
    const report = await memberLive.invoke("ReportPosition", 37.5547, 126.9707);
    assert.equal(typeof report.accepted, "boolean");
  });

  test("a connection replaced by a newer one of the same person closes with the server's reason and stays closed", async () => {
    const { api } = await signUp();
    const { connection: older } = await connect(api);
    const closed = new Promise((resolve) => older.onClose(resolve));
    const { connection: newer } = await connect(api);
    assert.equal(await closed, "replaced");
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    assert.equal(older.state, HubConnectionState.Disconnected, "it did not reconnect (which would replace the newer connection in turn)");
    assert.equal(newer.state, HubConnectionState.Connected);
  });

  test("an error answer is a typed MoyeoraApiError with its code and field codes", async () => {
    const api = createMoyeoraClient({ baseUrl, language: "en" });
    const register = async (body) => {
      const { verificationToken } = await verify(api, newPhone());
      return api.POST("/api/app/account/register", { body: { verificationToken, name: "김모임", ...body } });
    };

    // One field broken: the field's own code.
    await assert.rejects(register({ nickname: newNickname(), password: "short1!" }), (error) => {
      assert.ok(error instanceof MoyeoraApiError, String(error));
      assert.equal(error.status, 400);
      assert.equal(error.code, "Moyeora:InvalidPassword");
      assert.ok(error.errors.password?.length, "a message for the password");
      return true;
    });
    // Several fields broken: ValidationFailed, with each field's code.
    await assert.rejects(register({ nickname: "n", password: "short1!" }), (error) => {
      assert.ok(error instanceof MoyeoraApiError, String(error));
      assert.ok(error.is("Moyeora:ValidationFailed"), error.code);
      assert.deepEqual(error.fieldCodes, { nickname: "Moyeora:InvalidNickname", password: "Moyeora:InvalidPassword" });
      assert.ok(error.traceId);
      return true;
    });
    await assert.rejects(api.POST("/api/app/account/login", { body: { phoneNumber: newPhone(), password: "wrong-pass-1" } }), (error) => {
      assert.ok(error instanceof MoyeoraApiError);
      assert.equal(error.status, 401);
      assert.ok(error.is("Moyeora:InvalidCredentials"), error.code);
      return true;
    });
  });

  test("a rate-limited answer says when to try again", async () => {
    const api = createMoyeoraClient({ baseUrl, language: "en" });
    const phoneNumber = newPhone();
    let limited;
    // Log-in attempts per number are limited (10 in ten minutes by default): well past that, the answer is 429.
    for (let attempt = 0; attempt < 30 && !limited; attempt++) {
      await api.POST("/api/app/account/login", { body: { phoneNumber, password: "wrong-pass-1" } }).catch((error) => {
        assert.ok(error instanceof MoyeoraApiError, String(error));
        if (error.status === 429) {
          limited = error;
        }
      });
    }
    assert.ok(limited, "no 429 after 30 failed log-ins");
    assert.equal(limited.code, "Moyeora:TooManyRequests");
    assert.ok(limited.retryAfter > 0, `retryAfter: ${limited.retryAfter}`);
  });

  test("a rejected access token is refreshed once, silently, for calls that fail together, then they succeed", async () => {
    const counter = countingFetch();
    const tokens = memoryTokenStore();
    const { api, tokens: first } = await signUp({ fetch: counter.fetch, tokens });

    // The access token no longer works (as after it expired): every call gets 401 until the refresh.
    await tokens.set({ ...first, accessToken: first.accessToken.slice(0, -4) + "AAAA" });
    const [profile, again, notifications] = await Promise.all([
      api.GET("/api/app/profile"),
      api.GET("/api/app/profile"),
      api.GET("/api/app/notifications"),
    ]);
    assert.equal(profile.id, first.userId);
    assert.equal(again.id, first.userId);
    assert.ok(Array.isArray(notifications.items));
    assert.equal(counter.count("/api/app/account/refresh"), 1, "one refresh for the calls that failed together");
    assert.deepEqual([...counter.languages], ["en"], "every call, the refresh included, says the language");

    // A wrong password is no refused token: a signed-in client's failed log-in refreshes nothing.
    await assert.rejects(
      api.POST("/api/app/account/login", { body: { phoneNumber: newPhone(), password: "wrong-pass-1" } }),
      (error) => error instanceof MoyeoraApiError && error.status === 401 && error.code === "Moyeora:InvalidCredentials",
    );
    assert.equal(counter.count("/api/app/account/refresh"), 1, "no refresh for a wrong password");

    const rotated = await tokens.get();
    assert.notEqual(rotated.refreshToken, first.refreshToken, "the refresh token rotates");
    assert.notEqual(rotated.accessToken, first.accessToken);
  });

  test("a failed refresh signs out", async () => {
    const tokens = memoryTokenStore();
    let signedOut;
    const { api, tokens: first } = await signUp({ tokens, onSignedOut: (reason) => (signedOut = reason) });
    await api.refresh(); // rotates: the first refresh token is spent
    await tokens.set({ ...first, accessToken: "not-a-token" });

    await assert.rejects(api.GET("/api/app/profile"), (error) => {
      assert.ok(error instanceof MoyeoraApiError);
      assert.equal(error.status, 401);
      return true;
    });
    assert.equal(await tokens.get(), null, "the tokens are cleared");
    assert.ok(signedOut instanceof MoyeoraApiError);
    assert.equal(signedOut.code, "Moyeora:RefreshTokenReused");
  });
});

import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AlreadyExistsException, STORE_CREATED, Tenancy, UnauthorizedException, type AuthContext, type StoreCreatedEvent } from '@parley/server-core';
import { Store, User } from '@parley/server-data';
import type { AuthResult, MeDto } from '@parley/shared-types';
import { DataSource, Repository } from 'typeorm';
import { LoginDto, RegisterDto } from './auth.dto';
import { PasswordHasher } from './password-hasher';
import { AuthRateLimits } from './rate-limits';
import { toStoreDto, toUserDto } from './serializers';

interface JwtClaims {
  sub: string;
  storeId: string;
}

@Injectable()
export class AuthService implements OnModuleInit {
  /** A hash of a random password: checking an unknown email costs as much as a known one, so timing never tells which exist. */
  private dummyHash = '';

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: Tenancy,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Store) private readonly stores: Repository<Store>,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly limits: AuthRateLimits,
    private readonly events: EventEmitter2,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hasher.hash(randomBytes(16).toString('hex'));
  }

  /** Creates the store and its owner in one transaction. */
  async register(dto: RegisterDto, ip: string): Promise<AuthResult> {
    await this.limits.consumeRegistration(ip);
    const { user, store } = await this.createStoreWithOwner(dto.email, dto.password, dto.storeName);
    return { accessToken: await this.sign(user), user: toUserDto(user), store: toStoreDto(store) };
  }

  /** A new store and its owner (registration, and the demo seeder). */
  async createStoreWithOwner(email: string, password: string, storeName: string): Promise<{ user: User; store: Store }> {
    if (await this.emailTaken(email)) throw new AlreadyExistsException('An account with this email already exists');
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource
      .transaction(async (manager) => {
        const store = await manager.save(manager.create(Store, { name: storeName, email }));
        const user = await manager.save(manager.create(User, { storeId: store.id, email, passwordHash, role: 'owner' }));
        await this.events.emitAsync(STORE_CREATED, { storeId: store.id, manager } satisfies StoreCreatedEvent);
        return { user, store };
      })
      .catch((error: unknown) => {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw new AlreadyExistsException('An account with this email already exists');
        throw error;
      });
  }

  /** The caller context of an existing user, by email (the demo seeder). */
  async contextFor(email: string): Promise<AuthContext | null> {
    const user = await this.users.createQueryBuilder('u').where('lower(u.email) = :email', { email: email.toLowerCase() }).getOne();
    return user ? { userId: user.id, storeId: user.storeId, email: user.email, role: user.role, via: 'jwt' } : null;
  }

  async login(dto: LoginDto, ip: string): Promise<AuthResult> {
    await this.limits.assertLoginAllowed(dto.email, ip);
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('lower(u.email) = :email', { email: dto.email }).getOne();
    const ok = await this.hasher.verify(user?.passwordHash ?? this.dummyHash, dto.password);
    if (!user || !ok) {
      await this.limits.recordLoginFailure(dto.email, ip);
      throw new UnauthorizedException('Wrong email or password');
    }
    await this.limits.clearLoginFailures(dto.email, ip);
    await this.users.update({ id: user.id }, { lastLoginAt: new Date() });
    const store = await this.stores.findOneByOrFail({ id: user.storeId });
    return { accessToken: await this.sign(user), user: toUserDto(user), store: toStoreDto(store) };
  }

  /** The caller a login token stands for, or null when the token is bad or its user is gone. */
  async authenticate(token: string): Promise<AuthContext | null> {
    let claims: JwtClaims;
    try {
      claims = await this.jwt.verifyAsync<JwtClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    // Runs for every request: a prepared statement rather than the repository's query building.
    const [user] = await this.tenancy.prepared<Pick<User, 'email' | 'role'>>(claims.storeId, 'auth.user', 'SELECT email, role FROM users WHERE store_id = $1 AND id = $2', [claims.sub]);
    return user ? { userId: claims.sub, storeId: claims.storeId, email: user.email, role: user.role, via: 'jwt' } : null;
  }

  async me(auth: AuthContext): Promise<MeDto> {
    const [user, store] = await Promise.all([this.users.findOneByOrFail({ id: auth.userId }), this.stores.findOneByOrFail({ id: auth.storeId })]);
    return { user: toUserDto(user), store: toStoreDto(store), via: auth.via };
  }

  private emailTaken(email: string): Promise<boolean> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = :email', { email }).getExists();
  }

  private sign(user: User): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, storeId: user.storeId } satisfies JwtClaims);
  }
}

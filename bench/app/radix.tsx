// Radix Themes, used as its docs show: the app wrapped in <Theme>, the full stylesheet imported,
// a Badge per verdict, Text beside a Progress per score, Table.Root for checks, Card and
// DataList for a block's reasons.
import {
  Badge,
  Button,
  Card,
  Code,
  DataList,
  Flex,
  Grid,
  Heading,
  Progress,
  Table,
  Text,
  Theme,
} from '@radix-ui/themes';
import '@radix-ui/themes/styles.css';
import { useState, type ReactNode } from 'react';
import type { CardItem, CheckItem, ReasonItem, ToneName, VerdictEntry } from '../data';
import { scoreText } from '../expected';
import { startPage } from './page';
import { reactScenarios } from './react-variant';

const COLORS = { positive: 'green', caution: 'amber', critical: 'red', neutral: 'gray', unknown: 'gray' } as const;

function Verdict({ verdict, size = '1' }: { verdict: VerdictEntry; size?: '1' | '3' }) {
  return (
    <Badge color={COLORS[verdict.tone]} size={size}>
      {verdict.label}
    </Badge>
  );
}

function Meter({ score, tone }: { score: number | null; tone: ToneName }) {
  if (score === null) {
    return (
      <Text as="div" size="2" color="gray">
        No score
      </Text>
    );
  }
  return (
    <Flex align="center" gap="2">
      <Text size="2">{score}%</Text>
      <Progress value={score} color={COLORS[tone]} />
    </Flex>
  );
}

function useShowMore(reasons: readonly ReasonItem[], max: number) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? reasons : reasons.slice(0, max);
  const hidden = reasons.length - shown.length;
  const more =
    hidden > 0 ? (
      <Button size="1" variant="ghost" onClick={() => setExpanded(true)}>
        Show {hidden.toLocaleString()} more
      </Button>
    ) : null;
  return { shown, more };
}

/** A block's reasons as a DataList: the code as the label, the details as the value. */
function ReasonList({ reasons, max }: { reasons: readonly ReasonItem[]; max: number }) {
  const { shown, more } = useShowMore(reasons, max);
  return (
    <Flex direction="column" gap="2" align="start">
      <DataList.Root size="1">
        {shown.map((reason, index) => (
          <DataList.Item key={index}>
            <DataList.Label>{reason.code}</DataList.Label>
            <DataList.Value>{reason.details}</DataList.Value>
          </DataList.Item>
        ))}
      </DataList.Root>
      {more}
    </Flex>
  );
}

/** Reasons inside a table cell: one line of text each. */
function ReasonLines({ reasons }: { reasons: readonly ReasonItem[] }) {
  const { shown, more } = useShowMore(reasons, 3);
  return (
    <>
      {shown.map((reason, index) => (
        <Text key={index} as="div" size="1">
          <Code>{reason.code}</Code> {reason.details}
        </Text>
      ))}
      {more}
    </>
  );
}

function VerdictCard({ item }: { item: CardItem }) {
  return (
    <Card>
      <Flex direction="column" gap="2">
        <Flex justify="between" align="center" gap="2">
          <Heading as="h3" size="3">
            {item.name.label}
          </Heading>
          <Verdict verdict={item.verdict} />
        </Flex>
        <Meter score={item.score} tone={item.verdict.tone} />
        <ReasonList reasons={item.reasons} max={10} />
      </Flex>
    </Card>
  );
}

function Cards({ items }: { items: readonly CardItem[] }) {
  return (
    <Grid columns="repeat(auto-fill, minmax(280px, 1fr))" gap="3">
      {items.map((item, index) => (
        <VerdictCard key={index} item={item} />
      ))}
    </Grid>
  );
}

function Checks({ items }: { items: readonly CheckItem[] }) {
  return (
    <Table.Root size="1">
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>Check</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>Decision</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>Score</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>Reasons</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((item) => (
          <Table.Row key={item.block.id}>
            <Table.RowHeaderCell>{item.label}</Table.RowHeaderCell>
            <Table.Cell>
              <Verdict verdict={item.verdict} />
            </Table.Cell>
            <Table.Cell>{scoreText(item.score)}</Table.Cell>
            <Table.Cell>
              <ReasonLines reasons={item.reasons} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}

const App = ({ children }: { children: ReactNode }) => <Theme>{children}</Theme>;

startPage(
  reactScenarios({
    Badges: ({ items }) => (
      <App>
        <Flex wrap="wrap" gap="1">
          {items.map((item, index) => (
            <Verdict key={index} verdict={item.verdict} />
          ))}
        </Flex>
      </App>
    ),
    Meters: ({ items }) => (
      <App>
        {items.map((item, index) => (
          <Meter key={index} score={item.score} tone={item.verdict.tone} />
        ))}
      </App>
    ),
    Cards: ({ items }) => (
      <App>
        <Cards items={items} />
      </App>
    ),
    Table: ({ items }) => (
      <App>
        <Checks items={items} />
      </App>
    ),
    Reasons: ({ items }) => (
      <App>
        <ReasonList reasons={items} max={10} />
      </App>
    ),
    Session: ({ session }) => (
      <App>
        <Flex direction="column" gap="4">
          <Flex align="center" justify="between">
            <Heading as="h2">{session.title}</Heading>
            <Verdict verdict={session.outcome} size="3" />
          </Flex>
          <Checks items={session.checks} />
          <Cards items={session.cards} />
        </Flex>
      </App>
    ),
  }),
);

// MUI (Material UI with Emotion), used as its docs show, with the default theme: a Chip per
// verdict, the docs' "linear progress with label" for a score, the basic Table, Card with
// CardContent, and a dense List for a block's reasons.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CardItem, CheckItem, ReasonItem, ToneName, VerdictEntry } from '../data';
import { scoreText } from '../expected';
import { startPage } from './page';
import { reactScenarios } from './react-variant';

const CHIP_COLORS = {
  positive: 'success',
  caution: 'warning',
  critical: 'error',
  neutral: 'default',
  unknown: 'default',
} as const;

const BAR_COLORS = {
  positive: 'success',
  caution: 'warning',
  critical: 'error',
  neutral: 'inherit',
  unknown: 'inherit',
} as const;

function Verdict({ verdict, size = 'small' }: { verdict: VerdictEntry; size?: 'small' | 'medium' }) {
  return <Chip label={verdict.label} color={CHIP_COLORS[verdict.tone]} size={size} />;
}

function Meter({ score, tone }: { score: number | null; tone: ToneName }) {
  if (score === null) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No score
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center' }}>
      <Box sx={{ width: '100%', mr: 1 }}>
        <LinearProgress variant="determinate" value={score} color={BAR_COLORS[tone]} />
      </Box>
      <Box sx={{ minWidth: 35 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {score}%
        </Typography>
      </Box>
    </Box>
  );
}

function useShowMore(reasons: readonly ReasonItem[], max: number) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? reasons : reasons.slice(0, max);
  const hidden = reasons.length - shown.length;
  const more =
    hidden > 0 ? (
      <Button size="small" onClick={() => setExpanded(true)}>
        Show {hidden.toLocaleString()} more
      </Button>
    ) : null;
  return { shown, more };
}

function ReasonList({ reasons, max }: { reasons: readonly ReasonItem[]; max: number }) {
  const { shown, more } = useShowMore(reasons, max);
  return (
    <>
      <List dense>
        {shown.map((reason, index) => (
          <ListItem key={index} disablePadding>
            <ListItemText primary={reason.code} secondary={reason.details} />
          </ListItem>
        ))}
      </List>
      {more}
    </>
  );
}

/** Reasons inside a table cell: one line of text each. */
function ReasonLines({ reasons }: { reasons: readonly ReasonItem[] }) {
  const { shown, more } = useShowMore(reasons, 3);
  return (
    <>
      {shown.map((reason, index) => (
        <Typography key={index} variant="body2">
          <code>{reason.code}</code> {reason.details}
        </Typography>
      ))}
      {more}
    </>
  );
}

function VerdictCard({ item }: { item: CardItem }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6" component="h3">
            {item.name.label}
          </Typography>
          <Verdict verdict={item.verdict} />
        </Stack>
        <Meter score={item.score} tone={item.verdict.tone} />
        <ReasonList reasons={item.reasons} max={10} />
      </CardContent>
    </Card>
  );
}

function Cards({ items }: { items: readonly CardItem[] }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 1.5 }}>
      {items.map((item, index) => (
        <VerdictCard key={index} item={item} />
      ))}
    </Box>
  );
}

function Checks({ items }: { items: readonly CheckItem[] }) {
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="Decision checks">
        <TableHead>
          <TableRow>
            <TableCell>Check</TableCell>
            <TableCell>Decision</TableCell>
            <TableCell>Score</TableCell>
            <TableCell>Reasons</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.block.id}>
              <TableCell component="th" scope="row">
                {item.label}
              </TableCell>
              <TableCell>
                <Verdict verdict={item.verdict} />
              </TableCell>
              <TableCell>{scoreText(item.score)}</TableCell>
              <TableCell>
                <ReasonLines reasons={item.reasons} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

startPage(
  reactScenarios({
    Badges: ({ items }) => (
      <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
        {items.map((item, index) => (
          <Verdict key={index} verdict={item.verdict} />
        ))}
      </Stack>
    ),
    Meters: ({ items }) => (
      <div>
        {items.map((item, index) => (
          <Meter key={index} score={item.score} tone={item.verdict.tone} />
        ))}
      </div>
    ),
    Cards,
    Table: Checks,
    Reasons: ({ items }) => <ReasonList reasons={items} max={10} />,
    Session: ({ session }) => (
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h5" component="h2">
            {session.title}
          </Typography>
          <Verdict verdict={session.outcome} size="medium" />
        </Stack>
        <Checks items={session.checks} />
        <Cards items={session.cards} />
      </Stack>
    ),
  }),
);
